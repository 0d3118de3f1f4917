#include "DatasetReference.h"

#include "AugmentationJson.h"
#include "JsonObjectReader.h"
#include "VocabularyJson.h"

namespace nw {

QJsonObject DatasetReference::toJson() const
{
    QJsonObject json {
        { QStringLiteral("spec"), spec },
        { QStringLiteral("validation_fraction"), validationFraction },
        { QStringLiteral("test_fraction"), testFraction },
        { QStringLiteral("split_seed"), static_cast<qint64>(splitSeed) },
        { QStringLiteral("stratified"), stratified },
    };
    if (!testSpec.isEmpty())
        json.insert(QStringLiteral("test_spec"), testSpec);
    if (vocabulary)
        json.insert(QStringLiteral("vocabulary"), vocabularyToJson(*vocabulary));
    if (augmentation.isActive())
        json.insert(QStringLiteral("augmentation"), augmentationToJson(augmentation));
    return json;
}

std::optional<DatasetReference> DatasetReference::fromJson(
    const QJsonObject& json, QString* error, const QString& place)
{
    const JsonObjectReader::Range unitOpen { 0.0, false, 1.0, true };
    DatasetReference d;
    JsonObjectReader r(json, place);
    r.refuseUnknownKeys({ QStringLiteral("spec"), QStringLiteral("test_spec"), QStringLiteral("validation_fraction"),
        QStringLiteral("test_fraction"), QStringLiteral("split_seed"), QStringLiteral("stratified"),
        QStringLiteral("vocabulary"), QStringLiteral("augmentation") });
    r.readString(QStringLiteral("spec"), d.spec);
    r.readString(QStringLiteral("test_spec"), d.testSpec);
    r.readDouble(QStringLiteral("validation_fraction"), d.validationFraction, unitOpen);
    r.readDouble(QStringLiteral("test_fraction"), d.testFraction, unitOpen);
    r.readSeed(QStringLiteral("split_seed"), d.splitSeed);
    r.readBool(QStringLiteral("stratified"), d.stratified);
    if (r.ok() && json.contains(QStringLiteral("vocabulary"))) {
        const QString key = QStringLiteral("vocabulary");
        const QJsonObject v = r.readObject(key);
        QString problem;
        if (r.ok()) {
            d.vocabulary = vocabularyFromJson(v, &problem, r.placeOf(key));
            if (!d.vocabulary) {
                if (error)
                    *error = problem;
                return std::nullopt;
            }
        }
    }
    if (r.ok() && json.contains(QStringLiteral("augmentation"))) {
        const QString key = QStringLiteral("augmentation");
        const QJsonObject a = r.readObject(key);
        if (r.ok()) {
            QString problem;
            const auto settings = augmentationFromJson(a, &problem, r.placeOf(key));
            if (!settings) {
                if (error)
                    *error = problem;
                return std::nullopt;
            }
            d.augmentation = *settings;
        }
    }
    // Training needs samples left over after validation and test have taken theirs.
    if (r.ok() && d.validationFraction + d.testFraction >= 1.0)
        r.fail(QStringLiteral("test_fraction"),
            QStringLiteral("validation_fraction + test_fraction must be less than 1, got %1 + %2")
                .arg(JsonObjectReader::formatNumber(d.validationFraction),
                    JsonObjectReader::formatNumber(d.testFraction)));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return d;
}

} // namespace nw
