// DeliveryScript
