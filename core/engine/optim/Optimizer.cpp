#include "Optimizer.h"

#include "../EngineError.h"
#include "Adam.h"
#include "AdamW.h"
#include "RmsProp.h"
#include "Sgd.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace nw {

namespace {

Tensor scalarTensor(long long value)
{
    return Tensor(Shape {}, std::vector<float> { static_cast<float>(value) });
}

long long readCount(const Tensor& t, const std::string& key)
{
    const double v = t.size() == 1 ? static_cast<double>(t[0]) : -1.0;
    if (!(v >= 0.0) || std::floor(v) != v)
        throw EngineError("optimizer state '" + key + "' must be one whole non-negative number");
    return static_cast<long long>(v);
}

std::string joined(const std::vector<std::string>& names)
{
    std::string s;
    for (const std::string& n : names)
        s += (s.empty() ? "" : ", ") + n;
    return s.empty() ? "none" : s;
}

// What an imported file holds for one parameter before it is checked as a whole.
struct ImportedParam {
    std::vector<const Tensor*> slotTensors;
    long long step = -1;
};

} // namespace

void Optimizer::reset()
{
    m_state.clear();
    m_stepCount = 0;
}

std::span<Optimizer::ParamState* const> Optimizer::prepareStep(
    std::span<const NamedParameter> params, float learningRate)
{
    if (!(learningRate >= 0.0f) || !std::isfinite(learningRate))
        throw EngineError("learning rate must be a finite number >= 0, got " + std::to_string(learningRate));
    m_prepared.clear();
    for (const NamedParameter& p : params) {
        if (!p.param)
            throw EngineError("optimizer was given no parameter for '" + p.name + "'");
        const Shape& shape = p.param->value.shape();
        if (p.param->grad.shape() != shape)
            throw EngineError("gradient of '" + p.name + "' is " + shapeToString(p.param->grad.shape())
                + " but the parameter is " + shapeToString(shape));
        auto it = m_state.find(p.name);
        if (it == m_state.end())
            it = m_state.emplace(p.name, ParamState {}).first;
        ParamState& s = it->second;
        if (!s.created) {
            s.slotTensors.assign(slotNames().size(), Tensor(shape));
            s.created = true;
        }
        for (const Tensor& slot : s.slotTensors) {
            if (slot.shape() != shape)
                throw EngineError(typeName() + " state for '" + p.name + "' is " + shapeToString(slot.shape())
                    + " but the parameter is " + shapeToString(shape) + ": the state was saved for a different model");
        }
        m_prepared.push_back(&s);
    }
    ++m_stepCount;
    return m_prepared;
}

std::map<std::string, Tensor> Optimizer::exportState() const
{
    const std::vector<std::string> names = slotNames();
    std::map<std::string, Tensor> out;
    for (const auto& [name, s] : m_state) {
        if (!s.created)
            continue;
        for (std::size_t i = 0; i < s.slotTensors.size(); ++i)
            out.emplace(name + "." + names[i], s.slotTensors[i]);
        if (keepsParameterStep())
            out.emplace(name + ".step", scalarTensor(s.step));
    }
    out.emplace("step", scalarTensor(m_stepCount));
    return out;
}

void Optimizer::importState(const std::map<std::string, Tensor>& state)
{
    const std::vector<std::string> active = slotNames();
    const std::vector<std::string> known = knownSlotNames();
    long long globalStep = -1;
    std::map<std::string, ImportedParam> imported;
    for (const auto& [key, tensor] : state) {
        if (key == "step") {
            globalStep = readCount(tensor, key);
            continue;
        }
        const std::size_t dot = key.rfind('.');
        if (dot == std::string::npos || dot == 0 || dot + 1 == key.size())
            throw EngineError("optimizer state '" + key + "' is not named '<parameter>.<slot>'");
        ImportedParam& p = imported[key.substr(0, dot)];
        p.slotTensors.resize(active.size());
        const std::string slot = key.substr(dot + 1);
        if (slot == "step") {
            p.step = readCount(tensor, key);
            continue;
        }
        const auto at = std::find(active.begin(), active.end(), slot);
        if (at != active.end())
            p.slotTensors[static_cast<std::size_t>(at - active.begin())] = &tensor;
        else if (std::find(known.begin(), known.end(), slot) == known.end())
            throw EngineError("'" + key + "' is not " + typeName() + " state; " + typeName() + " keeps " + joined(known)
                + " per parameter");
    }

    std::map<std::string, ParamState, std::less<>> next;
    long long largestStep = 0;
    for (const auto& [name, p] : imported) {
        ParamState s;
        const auto present = std::count_if(p.slotTensors.begin(), p.slotTensors.end(), [](const Tensor* t) { return t; });
        if (present != 0 && static_cast<std::size_t>(present) != active.size())
            throw EngineError(typeName() + " state for '" + name + "' is incomplete: it needs " + joined(active));
        if (present != 0) {
            const Shape& shape = p.slotTensors.front()->shape();
            const auto held = m_state.find(name);
            const bool heldShape = held != m_state.end() && held->second.created && !held->second.slotTensors.empty();
            for (std::size_t i = 0; i < p.slotTensors.size(); ++i) {
                if (p.slotTensors[i]->shape() != shape)
                    throw EngineError(typeName() + " state for '" + name + "' mixes shapes " + shapeToString(shape)
                        + " and " + shapeToString(p.slotTensors[i]->shape()));
                if (heldShape && held->second.slotTensors[i].shape() != shape)
                    throw EngineError(typeName() + " state for '" + name + "' is " + shapeToString(shape)
                        + " but the parameter is " + shapeToString(held->second.slotTensors[i].shape()));
                s.slotTensors.push_back(*p.slotTensors[i]);
            }
        }
        // SGD keeps no step of its own; holding a buffer is what marks it as no longer at its first update.
        s.step = p.step >= 0 ? p.step : globalStep;
        if (present != 0 && keepsParameterStep() && s.step < 0)
            throw EngineError(typeName() + " state for '" + name + "' has no step count");
        if (!keepsParameterStep() && present != 0)
            s.step = std::max<long long>(s.step, 1);
        s.created = present != 0 || active.empty();
        if (!s.created)
            s.step = 0; // nothing to resume: starts afresh like a new parameter
        s.step = std::max<long long>(s.step, 0);
        largestStep = std::max(largestStep, s.step);
        next.emplace(name, std::move(s));
    }
    m_state.swap(next);
    m_stepCount = globalStep >= 0 ? globalStep : largestStep;
}

std::unique_ptr<Optimizer> makeOptimizer(const OptimizerSettings& settings)
{
    std::string name = settings.name;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name == "sgd")
        return std::make_unique<Sgd>(settings.momentum, settings.nesterov, settings.weightDecay);
    if (name == "adam")
        return std::make_unique<Adam>(settings.beta1, settings.beta2, settings.eps, settings.weightDecay);
    if (name == "adamw")
        return std::make_unique<AdamW>(settings.beta1, settings.beta2, settings.eps, settings.weightDecay);
    if (name == "rmsprop")
        return std::make_unique<RmsProp>(settings.alpha, settings.eps, settings.weightDecay, settings.momentum);
    throw EngineError("unknown optimizer '" + settings.name + "': use sgd, adam, adamw or rmsprop");
}

} // namespace nw
