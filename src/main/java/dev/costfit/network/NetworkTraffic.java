package dev.costfit.network;

import dev.costfit.pricing.Catalog;
import dev.costfit.profile.Clients;
import dev.costfit.profile.Profile;
import dev.costfit.profile.Trigger;
import dev.costfit.units.DataSize;

/**
 * Bytes a workload moves in a month, per direction, as the AWS bills see them: data transfer out to the internet
 * (responses to internet clients and LLM prompts) and bytes through a NAT gateway (LLM calls in both directions and
 * the profile's other outbound calls). LLM bodies are estimated from tokens with the catalog's bytes-per-token
 * figure. {@code network.outbound_per_request} counts only through the NAT gateway: outbound calls mostly fetch
 * (small request, large response), and data coming in is not billed as transfer out.
 */
public record NetworkTraffic(double workPerMonth, double responseBytes, double outboundBytes, double llmSentBytes,
                             double llmReceivedBytes, boolean internetClients) {

    public static NetworkTraffic of(Profile profile, Catalog catalog) {
        double perToken = catalog.estimate("llm.bytes-per-token").value().magnitude();
        double sent = profile.llm().map(l -> l.callsPerRequest() * l.inputTokens() * perToken).orElse(0.0);
        double received = profile.llm().map(l -> l.callsPerRequest() * l.outputTokens() * perToken).orElse(0.0);
        boolean internet = profile.trigger() == Trigger.HTTP && profile.network().clients() == Clients.INTERNET;
        return new NetworkTraffic(profile.workPerMonth(), profile.payload().response().bytes(),
                profile.network().outboundPerRequest().bytes(), sent, received, internet);
    }

    /** GB a month sent to the internet: responses (to internet clients) and LLM prompts. */
    public double egressGb() {
        double perRequest = (internetClients ? responseBytes : 0) + llmSentBytes;
        return perRequest * workPerMonth / DataSize.GIB;
    }

    /** GB a month of responses to internet clients (what a load balancer in front of the service sends out). */
    public double responsesGb() {
        return (internetClients ? responseBytes : 0) * workPerMonth / DataSize.GIB;
    }

    /** GB a month of LLM prompts: sent by the service itself, whatever sits in front of it. */
    public double promptsGb() {
        return llmSentBytes * workPerMonth / DataSize.GIB;
    }

    /** GB a month a NAT gateway processes for outbound calls and LLM calls, both directions. */
    public double natGb() {
        return (outboundBytes + llmSentBytes + llmReceivedBytes) * workPerMonth / DataSize.GIB;
    }

    public boolean callsOut() {
        return outboundBytes + llmSentBytes + llmReceivedBytes > 0;
    }
}
