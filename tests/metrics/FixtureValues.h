#pragma once
// Reads the scikit-learn cases of tests/fixtures/metrics (make_sklearn_metrics.py)
// as doubles, and compares curves element by element to 1e-6.
#include "support/OracleFixture.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace nw::test {

inline std::vector<double> values(const OracleFixture& f, const std::string& name)
{
    const Tensor& t = f.tensor(name);
    std::vector<double> out(t.size());
    for (std::size_t i = 0; i < t.size(); ++i)
        out[i] = t[i];
    return out;
}

inline std::vector<int> intValues(const OracleFixture& f, const std::string& name)
{
    const Tensor& t = f.tensor(name);
    std::vector<int> out(t.size());
    for (std::size_t i = 0; i < t.size(); ++i)
        out[i] = static_cast<int>(t[i]);
    return out;
}

inline void expectValuesNear(const std::vector<double>& actual, const std::vector<double>& expected,
    const std::string& what, double tolerance = 1e-6)
{
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t i = 0; i < actual.size(); ++i)
        EXPECT_NEAR(actual[i], expected[i], tolerance) << what << " [" << i << "]";
}

// The classification cases of the fixture directory, binary and multiclass, random and tie-heavy.
inline const std::vector<std::string>& classificationCases()
{
    static const std::vector<std::string> cases { "binary_random", "binary_ties", "multi3_random", "multi3_ties",
        "multi5_random", "multi5_ties" };
    return cases;
}

} // namespace nw::test
