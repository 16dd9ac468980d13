"""One module per model; jiaofei.cmcc_osp.models loads each on first use."""
