#!/usr/bin/env python3
"""A local AWS Price List Query API over HTTPS, for .ci/dist-check: the Python twin of the tests' FakePriceList.

POST / with X-Amz-Target AWSPriceListService.GetProducts or GetAttributeValues (JSON 1.1), TERM_MATCH filters over
the fixture products of src/test/resources/pricelist, NextToken paging. Serves on 127.0.0.1 with the certificate and
key given (an EC key, so that the TLS handshake needs the runtime's elliptic-curve support), writes its port to
PORT_FILE, logs each request's target and Authorization scheme to LOG_FILE, and stops after 10 minutes at most.

usage: fake-pricelist.py CERT KEY PORT_FILE LOG_FILE
"""
import http.server
import json
import pathlib
import ssl
import sys
import threading

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/pricelist"
JSON_11 = "application/x-amz-json-1.1"
PAGE = 3   # several pages per query: paging by NextToken is exercised


def fixtures():
    products = json.loads((ROOT / "products.json").read_text())
    for recorded in ("ec2-m4.large-eu-central-1.json", "ec2-m4.large-us-east-1.json"):
        products += [json.loads(p) for p in json.loads((ROOT / "recorded" / recorded).read_text())["PriceList"]]
    return products


PRODUCTS = fixtures()


def matches(product, filters):
    p = product.get("product", {})
    for f in filters:
        field, value = f.get("Field"), f.get("Value", "")
        actual = p.get("productFamily") if field == "productFamily" else p.get("attributes", {}).get(field)
        if f.get("Type") != "TERM_MATCH" or actual is None or actual.lower() != value.lower():
            return False
    return True


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        target = self.headers.get("X-Amz-Target", "")
        auth = self.headers.get("Authorization", "")
        with open(LOG, "a") as log:
            log.write(f"{target} {auth.split(' ')[0]} {'signed' if 'Signature=' in auth else 'unsigned'}\n")
        if not self.headers.get("Content-Type", "").startswith(JSON_11):
            return self.send(400, {"__type": "SerializationException", "Message": "expected " + JSON_11})
        if target == "AWSPriceListService.GetProducts":
            hits = [p for p in PRODUCTS
                    if p.get("serviceCode") == body.get("ServiceCode") and matches(p, body.get("Filters", []))]
            start = int(body.get("NextToken", "token:0").split(":")[1])
            end = min(len(hits), start + min(PAGE, int(body.get("MaxResults", 100))))
            answer = {"FormatVersion": "aws_v1", "PriceList": [json.dumps(p) for p in hits[start:end]]}
            if end < len(hits):
                answer["NextToken"] = f"token:{end}"
            return self.send(200, answer)
        if target == "AWSPriceListService.GetAttributeValues":
            regions = sorted({p["product"]["attributes"].get("regionCode", "") for p in PRODUCTS} - {""})
            return self.send(200, {"AttributeValues": [{"Value": r} for r in regions]})
        return self.send(400, {"__type": "UnknownOperationException", "Message": "unknown target " + target})

    def send(self, status, answer):
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", JSON_11)
        self.send_header("x-amzn-RequestId", "fake")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    cert, key, port_file, LOG = sys.argv[1:5]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Timer(600, server.shutdown).start()
    pathlib.Path(port_file).write_text(str(server.server_address[1]))
    server.serve_forever()
