#include "ProjectMigration.h"

#include "JsonObjectReader.h"

#include <QJsonArray>

namespace nw {

namespace {

// 0 -> 1: the graph moves under "graph", the optimizer and dataset become objects,
// "lr" becomes "learning_rate" and "weights_file" becomes "weights".
bool migrate0To1(QJsonObject& root, QString* error)
{
    QJsonObject graph;
    for (const QString& key : { QStringLiteral("nodes"), QStringLiteral("edges") }) {
        const QJsonValue v = root.take(key);
        if (!v.isUndefined() && !v.isArray()) {
            *error = QStringLiteral("%1: must be an array, got %2").arg(key, JsonObjectReader::describeType(v));
            return false;
        }
        graph.insert(key, v.isArray() ? v : QJsonArray());
    }
    root.insert(QStringLiteral("graph"), graph);

    if (root.contains(QStringLiteral("training"))) {
        const QJsonValue tv = root.value(QStringLiteral("training"));
        if (!tv.isObject()) {
            *error = QStringLiteral("training: must be an object, got %1").arg(JsonObjectReader::describeType(tv));
            return false;
        }
        QJsonObject training = tv.toObject();
        const QJsonValue optimizer = training.value(QStringLiteral("optimizer"));
        if (optimizer.isString())
            training.insert(QStringLiteral("optimizer"), QJsonObject { { QStringLiteral("name"), optimizer } });
        if (training.contains(QStringLiteral("lr")) && !training.contains(QStringLiteral("learning_rate")))
            training.insert(QStringLiteral("learning_rate"), training.value(QStringLiteral("lr")));
        training.remove(QStringLiteral("lr"));
        root.insert(QStringLiteral("training"), training);
    }

    const QJsonValue dataset = root.value(QStringLiteral("dataset"));
    if (dataset.isString())
        root.insert(QStringLiteral("dataset"), QJsonObject { { QStringLiteral("spec"), dataset } });

    const QJsonValue weights = root.take(QStringLiteral("weights_file"));
    if (!weights.isUndefined())
        root.insert(QStringLiteral("weights"), weights);
    return true;
}

// 1 -> 2: "dataset.vocabulary" (text data) became possible; a format 1 file has
// none, so nothing changes.
bool migrate1To2(QJsonObject&, QString*)
{
    return true;
}

// 2 -> 3: "dataset.augmentation" (image augmentation) became possible; a format 2
// file has none, so nothing changes.
bool migrate2To3(QJsonObject&, QString*)
{
    return true;
}

} // namespace

const std::vector<ProjectMigration::Step>& ProjectMigration::steps()
{
    static const std::vector<Step> list {
        { 0, "pre-release layout (top-level nodes/edges) to format 1", &migrate0To1 },
        { 1, "format 1 to format 2 (dataset.vocabulary for text data)", &migrate1To2 },
        { 2, "format 2 to format 3 (dataset.augmentation for image data)", &migrate2To3 },
    };
    return list;
}

int ProjectMigration::oldestVersion()
{
    return steps().front().fromVersion;
}

bool ProjectMigration::migrate(QJsonObject& root, int version, int target, QString* error)
{
    for (const Step& step : steps()) {
        if (version >= target)
            break;
        if (step.fromVersion != version)
            continue;
        QString problem;
        if (!step.apply(root, &problem)) {
            if (error)
                *error = QStringLiteral("cannot upgrade from format %1: %2").arg(version).arg(problem);
            return false;
        }
        ++version;
        root.insert(QStringLiteral("format_version"), version);
    }
    if (version != target) {
        if (error)
            *error = QStringLiteral("format %1 cannot be upgraded to format %2").arg(version).arg(target);
        return false;
    }
    return true;
}

} // namespace nw
