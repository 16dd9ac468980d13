"""openapi-python-client's output for cmpay: the attrs models and the Unset type they use. Import them from jiaofei.cmpay.models."""
