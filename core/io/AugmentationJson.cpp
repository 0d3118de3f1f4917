#include "AugmentationJson.h"

#include "JsonObjectReader.h"

namespace nw {

QJsonObject augmentationToJson(const AugmentationSettings& settings)
{
    QJsonObject json;
    for (const AugmentationKey& k : augmentationKeys())
        json.insert(QLatin1String(k.key), settings.*k.value);
    return json;
}

std::optional<AugmentationSettings> augmentationFromJson(const QJsonObject& json, QString* error, const QString& place)
{
    AugmentationSettings settings;
    JsonObjectReader r(json, place);
    QStringList known;
    for (const AugmentationKey& k : augmentationKeys())
        known << QLatin1String(k.key);
    r.refuseUnknownKeys(known);
    for (const AugmentationKey& k : augmentationKeys())
        r.readDouble(QLatin1String(k.key), settings.*k.value, JsonObjectReader::Range { 0.0, false, k.max, false });
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return settings;
}

} // namespace nw
