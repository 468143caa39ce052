package com.gongxuhui.demand.field;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "fields", description = "The shared technical-field dictionary")
class FieldController {

    private final TechnicalFields fields;

    FieldController(TechnicalFields fields) {
        this.fields = fields;
    }

    @GetMapping("/api/fields")
    @Operation(summary = "All technical fields, in display order")
    List<TechnicalField> all() {
        return fields.all();
    }
}
