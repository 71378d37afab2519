package dev.costfit.profile;

/** Who calls a service: clients on the internet (responses are internet egress) or services inside the VPC. */
public enum Clients implements Choice {
    INTERNET, VPC
}
