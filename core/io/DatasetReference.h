#pragma once
// Which data a project trains on and how it is split, as stored under "dataset" in
// a project file. The spec ("toy:spiral?samples=600&noise=0.1&seed=1",
// "idx:data/train-images.gz?labels=...") is an opaque string here: core/data parses
// it, and the caller resolves relative file paths inside it against the project
// file's folder. Split fractions and seed follow nw::splitDataset().
#include "data/AugmentationSettings.h"
#include "data/Vocabulary.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace nw {

struct DatasetReference {
    QString spec; // empty: no dataset chosen yet
    // A separate test set (e.g. "fashion-mnist:test"); when set, test_fraction is
    // ignored and the spec's data is split into training and validation only.
    QString testSpec;
    double validationFraction = 0.2;
    double testFraction = 0.2;
    std::uint64_t splitSeed = 1;
    bool stratified = true;
    // Text data: the vocabulary the last training run encoded its texts with (built
    // from its training split), so prediction encodes new text the same way. Written
    // by training, absent for other data.
    std::optional<Vocabulary> vocabulary;
    // Random variations of the training images (training split only); all 0: none.
    AugmentationSettings augmentation;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; refuses wrong types, fractions outside [0, 1)
    // or summing to 1 or more, and unknown keys, naming the place ("dataset.test_fraction").
    static std::optional<DatasetReference> fromJson(
        const QJsonObject& json, QString* error, const QString& place = QStringLiteral("dataset"));

    bool operator==(const DatasetReference&) const = default;
};

} // namespace nw
