// DeliveryDomain
