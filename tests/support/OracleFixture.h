#pragma once
// Reference tensors written by a PyTorch or scikit-learn script under
// tests/fixtures/. The format is plain text so the scripts need nothing but
// Python:
//
//   # comment
//   tensor <name> <rank> <d0> ... <d(rank-1)>
//   <all values, space separated, on one line>
//
// Layer cases of make_torch_oracle.py also name the registered layer they were
// made for and the mode of the pass:
//
//   layer <registry type> <parameters as a JSON object>
//   mode train|eval
#include "engine/Tensor.h"

#include <map>
#include <string>
#include <vector>

namespace nw::test {

class OracleFixture {
public:
    // Loads tests/fixtures/<relativePath>; fails the test (throws) when missing.
    static OracleFixture load(const std::string& relativePath);

    bool has(const std::string& name) const { return m_tensors.count(name) != 0; }
    const Tensor& tensor(const std::string& name) const;
    float scalar(const std::string& name) const { return tensor(name)[0]; }
    // Every tensor's name, in the order of the file.
    const std::vector<std::string>& names() const { return m_order; }

    // Empty unless the file is a layer case.
    const std::string& layerType() const { return m_layerType; }
    const std::string& layerParameters() const { return m_layerParameters; } // a JSON object
    bool training() const { return m_training; }
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    std::map<std::string, Tensor> m_tensors;
    std::vector<std::string> m_order;
    std::string m_layerType;
    std::string m_layerParameters;
    bool m_training = true;
};

// EXPECTs every element to satisfy |a - e| <= atol + rtol * |e|, reporting the worst one.
void expectTensorNear(const Tensor& actual, const Tensor& expected, float rtol = 1e-4f, float atol = 1e-5f,
                      const std::string& what = "");

} // namespace nw::test
