package dev.costfit.profile;

import dev.costfit.units.DataSize;

/**
 * Where a service sits on the network: whether containers run in private subnets (outbound calls then pass a NAT
 * gateway), the bytes each request sends out besides its LLM calls, and whether its clients are on the internet.
 */
public record Network(boolean privateSubnets, DataSize outboundPerRequest, Clients clients) {}
