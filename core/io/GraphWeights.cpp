#include "GraphWeights.h"

#include <QStringList>

#include <set>

namespace nw {

namespace {

QString shapeText(const Shape& shape)
{
    QStringList dims;
    for (int d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// The node a tensor name would belong to: the longest node id followed by '.' and a
// parameter name without further dots. Ids may themselves contain dots.
const std::string* owningNode(const std::string& name, const std::vector<std::string>& nodeIds)
{
    const std::string* best = nullptr;
    for (const std::string& id : nodeIds) {
        if (name.size() > id.size() + 1 && name.compare(0, id.size(), id) == 0 && name[id.size()] == '.'
            && name.find('.', id.size() + 1) == std::string::npos && (!best || id.size() > best->size()))
            best = &id;
    }
    return best;
}

} // namespace

std::map<std::string, nw::Tensor> collectWeights(nw::Graph& graph)
{
    std::map<std::string, nw::Tensor> out;
    for (const NamedParameter& p : graph.namedParameters())
        out.emplace(p.name, p.param->value);
    return out;
}

bool applyWeights(nw::Graph& graph, const std::map<std::string, nw::Tensor>& tensors, QString* error)
{
    const auto fail = [&](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    if (!graph.isCompiled())
        return fail(QStringLiteral("the network must be compiled before weights are loaded into it"));
    const std::vector<NamedParameter> params = graph.namedParameters();
    std::set<std::string> expected;
    for (const NamedParameter& p : params) {
        expected.insert(p.name);
        const auto it = tensors.find(p.name);
        if (it == tensors.end())
            return fail(QStringLiteral("the weights have no tensor '%1' (shape %2)")
                            .arg(QString::fromStdString(p.name), shapeText(p.param->value.shape())));
        if (it->second.shape() != p.param->value.shape())
            return fail(QStringLiteral("tensor '%1' is %2 in the weights but %3 in the network")
                            .arg(QString::fromStdString(p.name), shapeText(it->second.shape()),
                                shapeText(p.param->value.shape())));
    }
    const std::vector<std::string> nodeIds = graph.nodeIds();
    for (const auto& [name, tensor] : tensors) {
        // PyTorch's BatchNorm counts its updates in a buffer Netwright has no use for
        // (its momentum is fixed), and every PyTorch state_dict carries it.
        const bool pytorchBookkeeping = name.ends_with(".num_batches_tracked");
        if (expected.count(name) || pytorchBookkeeping)
            continue;
        if (const std::string* node = owningNode(name, nodeIds)) {
            QStringList has;
            for (const NamedParameter& p : params) {
                if (owningNode(p.name, nodeIds) == node)
                    has << QString::fromStdString(p.name.substr(node->size() + 1));
            }
            return fail(QStringLiteral("tensor '%1' does not fit node '%2', which has %3")
                            .arg(QString::fromStdString(name), QString::fromStdString(*node),
                                has.isEmpty() ? QStringLiteral("no parameters")
                                              : QStringLiteral("only ") + has.join(QStringLiteral(", "))));
        }
    }
    for (const NamedParameter& p : params)
        p.param->value.copyFrom(tensors.at(p.name));
    return true;
}

} // namespace nw
