#include "OnnxExportInfo.h"

#include "data/DataKind.h"
#include "data/DataSpec.h"
#include "io/VocabularyJson.h"
#include "training/PreparedProject.h"

#include <QJsonArray>

#include <optional>

namespace nw {

namespace {

QJsonArray numbers(const std::vector<float>& values)
{
    QJsonArray a;
    for (float v : values)
        a.append(static_cast<double>(v));
    return a;
}

QJsonObject scalingOf(const PreparedProject& project, const DataKind* kind)
{
    if (const auto& vocabulary = project.project().dataset.vocabulary)
        return { { QStringLiteral("kind"), QStringLiteral("token_ids") },
            { QStringLiteral("vocabulary"), vocabularyToJson(*vocabulary) } };
    if (project.hasData() && project.scaler().isFitted())
        return { { QStringLiteral("kind"), QStringLiteral("standardize") },
            { QStringLiteral("mean"), numbers(project.scaler().mean()) },
            { QStringLiteral("std"), numbers(project.scaler().scale()) } };
    if (kind && (kind->id == DataKindId::FashionMnist || kind->id == DataKindId::Idx || kind->id == DataKindId::Images))
        return { { QStringLiteral("kind"), QStringLiteral("divide") }, { QStringLiteral("divisor"), 255 } };
    return { { QStringLiteral("kind"), QStringLiteral("none") } };
}

} // namespace

OnnxExportInfo OnnxExportInfo::of(const PreparedProject& project)
{
    OnnxExportInfo info;
    info.projectName = project.project().name;
    const QString& loss = project.project().training.loss;
    info.probabilities = loss == QLatin1String("cross_entropy") ? OnnxProbabilities::Softmax
        : loss == QLatin1String("bce_with_logits")              ? OnnxProbabilities::Sigmoid
                                                                : OnnxProbabilities::None;
    const DataKind* kind = nullptr;
    std::vector<std::string> known;
    try {
        const DataSpec spec = parseDataSpec(project.project().dataset.spec.toStdString());
        kind = DataKind::find(spec.kind);
        known = knownClassNames(spec);
    } catch (const std::exception&) {
        // No usable dataset spec: nothing is known about classes or scaling.
    }
    if (info.probabilities != OnnxProbabilities::None) {
        if (!known.empty()) {
            for (const std::string& n : known)
                info.classNames << QString::fromStdString(n);
        } else if (project.hasData()) {
            for (const std::string& n : project.data().classNames())
                info.classNames << QString::fromStdString(n);
        }
    }
    info.inputScaling = scalingOf(project, kind);
    return info;
}

} // namespace nw
