#include "TrainingState.h"

#include "engine/EngineError.h"
#include "GraphWeights.h"

namespace nw {

namespace {

bool setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

SafetensorsContents TrainingState::collect(nw::Graph& graph, const nw::Optimizer* optimizer, int epochsCompleted)
{
    SafetensorsContents c;
    c.tensors = collectWeights(graph);
    c.metadata.insert(QStringLiteral("format"), kFormatName);
    c.metadata.insert(QStringLiteral("format_version"), QString::number(kFormatVersion));
    c.metadata.insert(QStringLiteral("epoch"), QString::number(epochsCompleted));
    if (optimizer) {
        c.metadata.insert(QStringLiteral("optimizer"), QString::fromStdString(optimizer->typeName()));
        for (const auto& [name, tensor] : optimizer->exportState())
            c.tensors.emplace(kOptimizerPrefix + name, tensor);
    }
    return c;
}

bool TrainingState::apply(nw::Graph& graph, nw::Optimizer* optimizer, const SafetensorsContents& contents,
    int* epochsCompleted, QString* error)
{
    const QMap<QString, QString>& meta = contents.metadata;
    // Files from other tools carry no format (or their own): read them as plain weights.
    if (meta.value(QStringLiteral("format")) == kFormatName) {
        bool ok = false;
        const int version = meta.value(QStringLiteral("format_version")).toInt(&ok);
        if (!ok || version < 1)
            return setError(error,
                QStringLiteral("format_version \"%1\" is not a version number")
                    .arg(meta.value(QStringLiteral("format_version"))));
        if (version > kFormatVersion)
            return setError(error,
                QStringLiteral("was written by a newer Netwright (weights format %1); this "
                               "version reads up to %2")
                    .arg(version)
                    .arg(kFormatVersion));
    }
    int epoch = 0;
    if (meta.contains(QStringLiteral("epoch"))) {
        bool ok = false;
        epoch = meta.value(QStringLiteral("epoch")).toInt(&ok);
        if (!ok || epoch < 0)
            return setError(error,
                QStringLiteral("epoch \"%1\" is not a whole number of epochs")
                    .arg(meta.value(QStringLiteral("epoch"))));
    }

    std::map<std::string, nw::Tensor> weights;
    std::map<std::string, nw::Tensor> state;
    for (const auto& [name, tensor] : contents.tensors) {
        if (name.rfind(kOptimizerPrefix, 0) == 0)
            state.emplace(name.substr(kOptimizerPrefix.size()), tensor);
        else
            weights.emplace(name, tensor);
    }

    // Weights go in first and are put back if the optimizer refuses its state, so a
    // refusal of either part changes nothing.
    std::map<std::string, nw::Tensor> current = collectWeights(graph);
    if (!applyWeights(graph, weights, error))
        return false;
    if (optimizer) {
        const QString savedType = meta.value(QStringLiteral("optimizer"));
        const QString type = QString::fromStdString(optimizer->typeName());
        if (!state.empty() && !savedType.isEmpty() && savedType != type) {
            applyWeights(graph, current, nullptr);
            return setError(error, QStringLiteral("the file holds %1 state but training uses %2").arg(savedType, type));
        }
        try {
            if (state.empty())
                optimizer->reset();
            else
                optimizer->importState(state);
        } catch (const nw::EngineError& e) {
            applyWeights(graph, current, nullptr);
            return setError(error, QStringLiteral("optimizer state: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    if (epochsCompleted)
        *epochsCompleted = epoch;
    return true;
}

} // namespace nw
