#include "support/OracleFixture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace nw::test {

OracleFixture OracleFixture::load(const std::string& relativePath)
{
    OracleFixture f;
    f.m_path = std::string(NETWRIGHT_FIXTURE_DIR) + "/" + relativePath;
    std::ifstream in(f.m_path);
    if (!in)
        throw std::runtime_error("cannot open fixture " + f.m_path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream header(line);
        std::string word, name;
        header >> word >> name;
        if (word == "layer") {
            f.m_layerType = name;
            std::getline(header >> std::ws, f.m_layerParameters);
            continue;
        }
        if (word == "mode") {
            if (name != "train" && name != "eval")
                throw std::runtime_error(f.m_path + ": mode must be train or eval, got: " + name);
            f.m_training = name == "train";
            continue;
        }
        int rank = 0;
        header >> rank;
        if (word != "tensor")
            throw std::runtime_error(f.m_path + ": expected 'tensor', got: " + line.substr(0, 40));
        Shape shape(static_cast<std::size_t>(rank));
        for (int& d : shape)
            header >> d;
        Tensor t(shape);
        std::string values;
        std::getline(in, values);
        std::istringstream vs(values);
        for (std::size_t i = 0; i < t.size(); ++i) {
            std::string v;
            if (!(vs >> v))
                throw std::runtime_error(f.m_path + ": tensor " + name + " has too few values");
            t[i] = std::stof(v);
        }
        if (!f.m_tensors.count(name))
            f.m_order.push_back(name);
        f.m_tensors[name] = std::move(t);
    }
    return f;
}

const Tensor& OracleFixture::tensor(const std::string& name) const
{
    auto it = m_tensors.find(name);
    if (it == m_tensors.end())
        throw std::runtime_error(m_path + ": no tensor named " + name);
    return it->second;
}

void expectTensorNear(const Tensor& actual, const Tensor& expected, float rtol, float atol, const std::string& what)
{
    ASSERT_EQ(shapeToString(actual.shape()), shapeToString(expected.shape())) << what;
    double worst = 0.0;
    std::size_t worstIndex = 0;
    bool ok = true;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const double a = actual[i], e = expected[i];
        const double excess = std::abs(a - e) - (atol + rtol * std::abs(e));
        if (!(excess <= 0.0)) {
            ok = false;
            if (!(excess <= worst)) {
                worst = excess;
                worstIndex = i;
            }
        }
    }
    EXPECT_TRUE(ok) << what << ": element " << worstIndex << " is " << actual[worstIndex] << ", expected "
                    << expected[worstIndex];
}

} // namespace nw::test
