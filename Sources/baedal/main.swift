print("baedal")
