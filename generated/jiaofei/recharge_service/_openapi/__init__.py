"""openapi-python-client's output for recharge-service: the attrs models and the Unset type they use. Import them from jiaofei.recharge_service.models."""
