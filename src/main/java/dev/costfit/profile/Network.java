package dev.costfit.profile;

import dev.costfit.units.DataSize;

/** Whether containers sit in private subnets (outbound calls then pass a NAT gateway) and bytes sent out per request. */
public record Network(boolean privateSubnets, DataSize outboundPerRequest) {}
