package dev.costfit.profile;

/** What a profile describes: requests arriving (a service) or batch work started on a schedule (a job). */
public enum Kind implements Choice {
    SERVICE, JOB
}
