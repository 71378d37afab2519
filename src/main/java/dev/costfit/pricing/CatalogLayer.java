package dev.costfit.pricing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What one catalog file declares; the loader stacks layers into a {@link Catalog}. */
record CatalogLayer(String name, Optional<LocalDate> date, Map<String, Set<String>> regions, List<Price> prices,
                    Map<String, CatalogValue> limits, Map<String, CatalogValue> freeTier,
                    Map<String, CatalogValue> estimates, Optional<List<FargateSize>> fargateSizes,
                    List<InstanceType> instanceTypes, Map<String, String> gcpNearest,
                    Optional<List<FunctionSize>> functionSizes, Optional<List<CpuRange>> cloudRunCpu,
                    List<LlmModel> llmModels) {}
