// DeliveryEngine
