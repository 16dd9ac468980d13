"""openapi-python-client's output for ccb-electricity: the attrs models and the Unset type they use. Import them from jiaofei.ccb_electricity.models."""
