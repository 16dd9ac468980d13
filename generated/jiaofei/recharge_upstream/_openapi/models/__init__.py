"""One module per model; jiaofei.recharge_upstream.models loads each on first use."""
