package dev.costfit.profile;

import dev.costfit.units.DataSize;

/** Bytes in and out per request; streaming responses have their own limits and price on Lambda. */
public record Payload(DataSize request, DataSize response, boolean streaming) {}
