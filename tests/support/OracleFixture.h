#pragma once
// Reference tensors written by a PyTorch or scikit-learn script under
// tests/fixtures/. The format is plain text so the scripts need nothing but
// Python:
//
//   # comment
//   tensor <name> <rank> <d0> ... <d(rank-1)>
//   <all values, space separated, on one line>
#include "engine/Tensor.h"

#include <map>
#include <string>

namespace nw::test {

class OracleFixture {
public:
    // Loads tests/fixtures/<relativePath>; fails the test (throws) when missing.
    static OracleFixture load(const std::string& relativePath);

    bool has(const std::string& name) const { return m_tensors.count(name) != 0; }
    const Tensor& tensor(const std::string& name) const;
    float scalar(const std::string& name) const { return tensor(name)[0]; }

private:
    std::string m_path;
    std::map<std::string, Tensor> m_tensors;
};

// EXPECTs every element to satisfy |a - e| <= atol + rtol * |e|, reporting the worst one.
void expectTensorNear(const Tensor& actual, const Tensor& expected, float rtol = 1e-4f, float atol = 1e-5f,
                      const std::string& what = "");

} // namespace nw::test
