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
 * (small request, large response), and data coming in is not billed as transfer out. A consumer that polls SQS
 * itself ({@link QueuePolling}: containers, not functions) adds the messages it receives to the NAT gateway's bytes.
 */
public record NetworkTraffic(double workPerMonth, double responseBytes, double outboundBytes, double llmSentBytes,
                             double llmReceivedBytes, boolean internetClients, QueuePolling polling) {

    /** Traffic with no SQS polling of its own (what a function sees: its event source mapping polls for it). */
    public NetworkTraffic(double workPerMonth, double responseBytes, double outboundBytes, double llmSentBytes,
                          double llmReceivedBytes, boolean internetClients) {
        this(workPerMonth, responseBytes, outboundBytes, llmSentBytes, llmReceivedBytes, internetClients,
                QueuePolling.NONE);
    }

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

    /** The same traffic with the consumer's own SQS calls ({@link QueuePolling#ofContainers}). */
    public NetworkTraffic withPolling(QueuePolling other) {
        return new NetworkTraffic(workPerMonth, responseBytes, outboundBytes, llmSentBytes, llmReceivedBytes,
                internetClients, other);
    }

    /**
     * GB a month a NAT gateway processes for outbound calls and LLM calls, both directions, and for the messages a
     * consumer that polls SQS receives.
     */
    public double natGb() {
        return (outboundBytes + llmSentBytes + llmReceivedBytes + polling.bodyBytes()) * workPerMonth / DataSize.GIB;
    }

    /** Whether the workload's own requests call out: the llm block or network.outbound_per_request. */
    public boolean callsOut() {
        return outboundBytes + llmSentBytes + llmReceivedBytes > 0;
    }

    /**
     * Whether anything leaves the subnets for a public endpoint: calls out, or polls SQS (an AWS API, reached
     * through a NAT gateway from private subnets unless a VPC interface endpoint serves it).
     */
    public boolean leavesSubnets() {
        return callsOut() || polling.polls();
    }
}
