"""One module per model; jiaofei.ccb_electricity.models loads each on first use."""
