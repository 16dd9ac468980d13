"""One module per model; jiaofei.recharge_service.models loads each on first use."""
