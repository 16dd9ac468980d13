"""A user's mistakes, each of which mypy --strict must flag (on the line marked ``# error``);
tests/test_wheel.py checks that it does against the installed wheel, and flags nothing else."""

from jiaofei.recharge_upstream import Client, Receiver

Client("http://127.0.0.1", uid="1", md5_key="k", max_retrys=3)  # error: call-arg
Client("http://127.0.0.1", uid="1", md5_key="k", cert=123)  # error: arg-type
Client("http://127.0.0.1", uid="1", md5_key="k", timeout=None)  # error: arg-type
Client("http://127.0.0.1", uid="1", md5_key="k", headers=[("a", "b")])  # error: arg-type
Receiver(md5_key="k", dedupe=42)  # error: arg-type
Receiver(md5_key="k", body_limit="1MB")  # error: arg-type
Receiver(md5_key="k").handle("order_notfy", b"", None, print)  # error: arg-type
Receiver(md5_key="k").parse("balanse", b"", None)  # error: arg-type
