#pragma once
// A project's image augmentation as stored under "dataset.augmentation" in a
// project file (docs/FORMATS.md): one number per variation, 0 meaning off.
//
//   {"hflip": 0.5, "rotate": 15, "shift": 0.1, ...}
//
// Written only when some variation is on, then with every key, so a saved file
// documents what it trained with; a missing key reads as 0.
#include "data/AugmentationSettings.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nw {

QJsonObject augmentationToJson(const AugmentationSettings& settings);
// Refuses unknown keys, values that are not numbers and numbers out of range,
// naming the place ("dataset.augmentation.rotate: must be ...").
std::optional<AugmentationSettings> augmentationFromJson(const QJsonObject& json, QString* error, const QString& place);

} // namespace nw
