import NN

/// One weight of a layer (`dense/kernel`): the engine variable the optimiser updates, and
/// whether training may change it.
struct KerasWeight {
    let name: String
    let variable: Variable
    var trainable: Bool
}
