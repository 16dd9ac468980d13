"""openapi-python-client's output for cmcc-osp: the attrs models and the Unset type they use. Import them from jiaofei.cmcc_osp.models."""
