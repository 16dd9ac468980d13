"""What only one vendor's messages need, beside the runtime every API shares."""
