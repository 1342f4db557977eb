#!/usr/bin/env python3
"""Creates carts with one personalized line each through the JSON API, for the checkout load test.

Usage: prepare_carts.py BASE_URL PRODUCT_SLUG COUNT  -> prints "cartId token" lines.
"""
import json
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, slug, count = sys.argv[1], sys.argv[2], int(sys.argv[3])


def call(method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    request.add_header("Accept", "application/json")
    if token:
        request.add_header("X-Cart-Token", token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


product = call("GET", "/api/v1/catalog/products/" + slug)
variant = product["variants"][0]["id"]
personalization = {slot["key"]: "Bench" for slot in product["slots"]
                   if slot["required"] and slot["type"] == "TEXT"}


def cart(_):
    created = call("POST", "/api/v1/carts", {})
    call("POST", f"/api/v1/carts/{created['cartId']}/lines",
         {"variantId": variant, "quantity": 1, "personalization": personalization}, created["cartToken"])
    return f"{created['cartId']} {created['cartToken']}"


with ThreadPoolExecutor(8) as pool:
    for line in pool.map(cart, range(count)):
        print(line)
