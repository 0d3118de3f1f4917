#include "ClassSelection.h"

#include "DataError.h"

#include <algorithm>
#include <charconv>

namespace nw {

namespace {

std::optional<long long> wholeNumber(const std::string& text)
{
    long long v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return v;
}

std::vector<std::string> splitCommas(const std::string& text)
{
    std::vector<std::string> items;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = text.find(',', start);
        items.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos)
            return items;
        start = comma + 1;
    }
}

constexpr long long kMaxClassIndex = 1'000'000;

} // namespace

std::string checkClassList(const std::string& value)
{
    const std::string expected = "class indices separated by commas, each once (e.g. 5,6,7,8,9)";
    std::vector<long long> seen;
    for (const std::string& item : splitCommas(value)) {
        const auto v = wholeNumber(item);
        if (!v || *v < 0 || *v > kMaxClassIndex || std::find(seen.begin(), seen.end(), *v) != seen.end())
            return expected;
        seen.push_back(*v);
    }
    return {};
}

std::string checkPerClass(const std::string& value)
{
    const auto v = wholeNumber(value);
    return v && *v >= 1 && *v <= 100'000'000 ? std::string() : "a whole number 1..100000000";
}

std::vector<std::string> selectClassNames(const std::vector<std::string>& names, const ClassSelection& selection)
{
    if (selection.classes.empty())
        return names;
    std::vector<std::string> kept;
    for (const int c : selection.classes)
        if (c >= 0 && static_cast<std::size_t>(c) < names.size())
            kept.push_back(names[static_cast<std::size_t>(c)]);
    return kept;
}

ClassSelection parseClassSelection(const std::string& classes, const std::string& perClass)
{
    ClassSelection s;
    if (!classes.empty()) {
        if (const std::string e = checkClassList(classes); !e.empty())
            throw DataError("classes='" + classes + "' must be " + e);
        for (const std::string& item : splitCommas(classes))
            s.classes.push_back(static_cast<int>(*wholeNumber(item)));
    }
    if (!perClass.empty()) {
        if (const std::string e = checkPerClass(perClass); !e.empty())
            throw DataError("per_class='" + perClass + "' must be " + e);
        s.perClass = static_cast<std::size_t>(*wholeNumber(perClass));
    }
    return s;
}

Dataset selectClasses(const Dataset& data, const ClassSelection& selection)
{
    if (selection.empty())
        return data;
    if (data.task() != TaskKind::Classification || data.hasPositionLabels())
        throw DataError(data.name() + ": classes= and per_class= need data with one class per sample");
    const int classCount = data.classCount();
    std::vector<int> kept = selection.classes;
    if (kept.empty())
        for (int c = 0; c < classCount; ++c)
            kept.push_back(c);
    std::vector<int> newLabel(static_cast<std::size_t>(classCount), -1);
    for (std::size_t k = 0; k < kept.size(); ++k) {
        if (kept[k] >= classCount)
            throw DataError(data.name() + ": classes= names class " + std::to_string(kept[k]) + " but the data has "
                + std::to_string(classCount) + " classes (0.." + std::to_string(classCount - 1) + ")");
        newLabel[static_cast<std::size_t>(kept[k])] = static_cast<int>(k);
    }
    std::vector<std::size_t> taken(kept.size(), 0);
    std::vector<std::size_t> indices;
    std::vector<int> labels;
    for (std::size_t i = 0; i < data.size(); ++i) {
        const int label = newLabel[static_cast<std::size_t>(data.label(i))];
        if (label < 0 || (selection.perClass && taken[static_cast<std::size_t>(label)] >= *selection.perClass))
            continue;
        ++taken[static_cast<std::size_t>(label)];
        indices.push_back(i);
        labels.push_back(label);
    }
    std::vector<std::string> names;
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const std::string& name = data.classNames()[static_cast<std::size_t>(kept[k])];
        if (taken[k] == 0)
            throw DataError(data.name() + ": class " + std::to_string(kept[k]) + " ('" + name
                + "') named by classes= has no samples");
        names.push_back(name);
    }
    Dataset selected = data.subset(indices);
    selected.relabel(std::move(labels), std::move(names));
    return selected;
}

} // namespace nw
