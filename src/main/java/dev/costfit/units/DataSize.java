package dev.costfit.units;

/**
 * A size in bytes. KB/MB/GB/TB are read as powers of 1024, as the providers bill them: Lambda's "MB" is MiB,
 * Fargate's "GB" is GiB (pricing-reference.md, "Units").
 */
public record DataSize(double bytes) implements Quantity {

    public static final double KIB = 1024;
    public static final double MIB = 1024 * KIB;
    public static final double GIB = 1024 * MIB;
    public static final double TIB = 1024 * GIB;

    public static DataSize ofMiB(double mib) {
        return new DataSize(mib * MIB);
    }

    public static DataSize ofGiB(double gib) {
        return new DataSize(gib * GIB);
    }

    public double kib() {
        return bytes / KIB;
    }

    public double mib() {
        return bytes / MIB;
    }

    public double gib() {
        return bytes / GIB;
    }

    public DataSize plus(DataSize other) {
        return new DataSize(bytes + other.bytes);
    }

    /**
     * How many increments of {@code unit} a payload of this size is metered as: each part of one a whole one, and at
     * least one (513 KB in 512 KB increments is 2). Room for rounding: a size written in MB (0.5MB) need not be a
     * whole number of bytes.
     */
    public double increments(DataSize unit) {
        return Math.max(1, Math.ceil(bytes / unit.bytes - 1e-9));
    }

    public boolean isLargerThan(DataSize other) {
        return bytes > other.bytes;
    }

    @Override
    public double magnitude() {
        return bytes;
    }

    @Override
    public String display() {
        if (bytes >= TIB) {
            return Numbers.grouped(bytes / TIB, 2) + " TB";
        }
        if (bytes >= GIB) {
            return Numbers.grouped(bytes / GIB, 2) + " GB";
        }
        if (bytes >= MIB) {
            return Numbers.grouped(bytes / MIB, 2) + " MB";
        }
        if (bytes >= KIB) {
            return Numbers.grouped(bytes / KIB, 2) + " KB";
        }
        return Numbers.grouped(bytes, 0) + " B";
    }

    @Override
    public String toString() {
        return display();
    }
}
