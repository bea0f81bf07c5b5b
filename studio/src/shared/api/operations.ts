import { graphql } from '../../gql';

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        name
        email
        role
      }
    }
  }
`);

export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      name
      email
      role
    }
  }
`);
