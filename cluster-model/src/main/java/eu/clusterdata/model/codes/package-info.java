/**
 * The code lists of the model. Closed lists are enums that carry their stable code ({@link
 * eu.clusterdata.model.codes.Coded}): service areas, the four transformations, EU industrial
 * ecosystems, NRW innovation fields, actor types, label levels and the like. Open lists ({@link
 * eu.clusterdata.model.codes.OpenCode}: service formats, target groups, technologies, member types,
 * label schemes, interest kinds) take a known code or a platform's own in its shape. The {@link
 * eu.clusterdata.model.codes.ImpulseCatalogue} holds the 25 policy impulses of
 * "Cluster.Zukunft.NRW".
 *
 * <p>The official classifications are in the jar: the regions of NUTS 2021 and 2024 ({@link
 * eu.clusterdata.model.codes.NutsClassification}) and the activities of NACE Rev. 2 and Rev. 2.1
 * ({@link eu.clusterdata.model.codes.NaceClassification}), as Eurostat publishes them, each read
 * when first asked for. The validator's code-list rules look codes up there.
 */
@NullMarked
package eu.clusterdata.model.codes;

import org.jspecify.annotations.NullMarked;
