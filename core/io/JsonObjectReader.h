#pragma once
// Reads typed, range-checked fields out of one JSON object of a project file and
// keeps the first problem together with its place in the document
// ("training.batch_size: must be at least 1, got 0"), so a student who edits a
// project by hand learns exactly which key to fix. Fields that are absent leave the
// caller's value alone: struct defaults are the format's defaults.
//
// Used by TrainingConfig, DatasetReference and ProjectFile; lives only for the
// duration of one fromJson() call.
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>

namespace nw {

class JsonObjectReader {
public:
    // place: the dotted path of `object` in the document ("training.optimizer"), or empty for the root.
    JsonObjectReader(const QJsonObject& object, QString place);

    bool ok() const { return m_error.isEmpty(); }
    // "<place>.<key>: <problem>" for the first problem found.
    const QString& error() const { return m_error; }

    // The dotted path of a key of this object, for messages and nested readers.
    QString placeOf(const QString& key) const;
    // Records a problem with a key (only the first problem is kept).
    void fail(const QString& key, const QString& problem);
    // Refuses keys not in `known`: a misspelt key would otherwise be silently ignored.
    void refuseUnknownKeys(const QStringList& known);

    void readBool(const QString& key, bool& value);
    void readString(const QString& key, QString& value);
    // A string that must be one of `choices` (compared case-insensitively, stored lower case).
    void readChoice(const QString& key, QString& value, const QStringList& choices);
    // A whole number in [min, max].
    void readInt(const QString& key, int& value, int min, int max = std::numeric_limits<int>::max());
    // A whole number in [0, 2^53]: beyond that a JSON number no longer holds every integer.
    void readSeed(const QString& key, std::uint64_t& value);

    // Bounds of a real number; an open bound excludes its value.
    struct Range {
        double min = -std::numeric_limits<double>::infinity();
        bool minOpen = false;
        double max = std::numeric_limits<double>::infinity();
        bool maxOpen = false;
    };
    void readDouble(const QString& key, double& value, const Range& range);
    // A nested object; absent gives an empty object, anything else but an object is a problem.
    QJsonObject readObject(const QString& key);

    // "a string", "an array", ... for messages about wrong types.
    static QString describeType(const QJsonValue& value);
    static QString formatNumber(double value);

private:
    bool fetch(const QString& key, QJsonValue& value);

    QJsonObject m_object;
    QString m_place;
    QString m_error;
};

} // namespace nw
