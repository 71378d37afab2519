package dev.costfit.assessment;

import dev.costfit.profile.Cloud;

/**
 * What the rest of costfit knows about a platform without asking it to assess anything: its stable id (JSON,
 * options, catalog keys), its name, how simple it is to run, which cloud it is on, what one of its instances is
 * called, and whether one instance serves many requests at once (which is why it can beat Lambda on waiting work).
 */
public record PlatformInfo(String id, String name, Simplicity simplicity, Cloud cloud, String instanceNoun,
                           boolean sharesInstances) {}
