package dev.costfit.profile;

/**
 * How a pipeline step that runs no compute waits (a step's {@code wait:}). TIMER: a Wait state, a fixed delay or
 * one until a time, in Standard and Express workflows alike. CALLBACK: a Task that passes a task token on and waits
 * until it is returned (.waitForTaskToken: a human's approval, another system's answer), which only Standard
 * workflows support ("Express Workflows only support Request Response integrations":
 * https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html).
 */
public enum StepWait implements Choice {
    TIMER, CALLBACK
}
