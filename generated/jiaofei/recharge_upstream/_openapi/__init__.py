"""openapi-python-client's output for recharge-upstream: the attrs models and the Unset type they use. Import them from jiaofei.recharge_upstream.models."""
