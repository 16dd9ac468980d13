"""One module per model; jiaofei.cmpay.models loads each on first use."""
