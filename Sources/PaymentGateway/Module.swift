// PaymentGateway
