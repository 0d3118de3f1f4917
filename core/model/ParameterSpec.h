#pragma once
// Describes one parameter of a layer type: its snake_case name (the key used in
// project files), its kind, its allowed range or choices, its default and a
// one-line tooltip. A plain value owned by the LayerSpec that lists it; the
// inspector builds its editors from these, and the registry checks values with
// them before it builds an engine layer.
#include <QString>
#include <QStringList>
#include <QVariant>

namespace nw {

enum class ParameterKind {
    Int, // stored as int
    Double, // stored as double
    Bool, // stored as bool
    Enum, // stored as QString, one of `choices`
    IntList, // stored as QVariantList of int (shapes)
};

struct ParameterSpec {
    QString name;
    ParameterKind kind = ParameterKind::Int;
    // Bounds for Int and Double values and for every entry of an IntList.
    double minimum = 0;
    double maximum = 0;
    QVariant defaultValue;
    QStringList choices; // Enum only
    // Untranslated source text, marked with QT_TRANSLATE_NOOP("LayerRegistry", ...).
    const char* toolTipSource = "";
    // Other names a project file may use for this parameter (Upsample2D's
    // scale_factor is also read as "scale"); files are always written with `name`.
    QStringList aliases;

    QString toolTip() const;

    // Checks `value` against this spec and returns it converted to the kind's stored
    // type, so 16.0 read from JSON becomes the int 16. On failure returns an invalid
    // QVariant and writes a sentence such as "units must be between 1 and 65536,
    // got 0" to *error.
    QVariant convert(const QVariant& value, QString* error) const;

    // The same check on types only, without ranges or choices: what a file loader
    // needs to refuse "abc" for a number while leaving out-of-range values to be
    // shown as errors on the node. Writes e.g. "expected a number, got \"abc\"".
    QVariant convertType(const QVariant& value, QString* error) const;
};

} // namespace nw
