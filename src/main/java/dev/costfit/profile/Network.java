package dev.costfit.profile;

import dev.costfit.units.DataSize;

/**
 * Where a service sits on the network: whether it runs in private subnets (outbound calls then pass a NAT gateway;
 * {@code privateStated}: the profile said so, which puts a Lambda function in the VPC too), the bytes each request
 * sends out besides its LLM calls, whether its clients are on the internet, and how many requests a client sends
 * over one connection (load balancers bill new connections).
 */
public record Network(boolean privateSubnets, boolean privateStated, DataSize outboundPerRequest, Clients clients,
                      double requestsPerConnection, double natShare) {}
