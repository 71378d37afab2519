package dev.costfit.profile;

import dev.costfit.units.DataSize;
import java.util.Optional;

/** GPUs one instance needs. */
public record Gpu(int count, GpuType type, Optional<DataSize> memory) {}
