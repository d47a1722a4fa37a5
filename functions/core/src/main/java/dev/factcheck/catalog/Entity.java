package dev.factcheck.catalog;

import java.util.List;
import java.util.Objects;

/** An organisation the reference data knows, with the other names the press uses for it. */
public record Entity(String name, List<String> aliases) {

    public Entity {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
